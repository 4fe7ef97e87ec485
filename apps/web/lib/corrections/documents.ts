/** The GraphQL the correction tools send (typed against the API's schema). */
import { graphql } from "@/lib/graphql";

export const ViewerQuery = graphql(`query Viewer { viewer { authenticated scopes tokenId } }`);

export const ArticlePeopleQuery = graphql(`
  query ArticlePeople($id: ID!) { article(id: $id) { people { id name role } } }
`);

export const SearchPeopleQuery = graphql(`
  query SearchPeople($search: String!) {
    people(filter: { search: $search }, orderBy: QUOTES, first: 10) {
      edges { node { id name role country } }
    }
  }
`);

export const ReassignSpeaker = graphql(`
  mutation ReassignSpeaker($quoteId: ID!, $speakerId: ID) {
    reassignQuoteSpeaker(quoteId: $quoteId, speakerId: $speakerId) { id }
  }
`);

export const MarkNotStatement = graphql(`
  mutation MarkNotStatement($quoteId: ID!) { markNotQuote(quoteId: $quoteId) { removedQuoteId } }
`);

export const SetKind = graphql(`
  mutation SetKind($quoteId: ID!, $kind: QuoteKind!) { setQuoteKind(quoteId: $quoteId, kind: $kind) { id } }
`);

export const EditPerson = graphql(`
  mutation EditPerson($personId: ID!, $facts: PersonFactsInput!) {
    editPerson(personId: $personId, facts: $facts) { id }
  }
`);

export const MergePeople = graphql(`
  mutation MergePeople($targetId: ID!, $sourceIds: [ID!]!) {
    mergePeople(targetId: $targetId, sourceIds: $sourceIds) { id }
  }
`);

export const SplitPerson = graphql(`
  mutation SplitPerson($personId: ID!, $articleIds: [ID!]!, $name: String) {
    splitPerson(personId: $personId, articleIds: $articleIds, name: $name) { created { id } }
  }
`);

export const UndoCorrection = graphql(`
  mutation UndoCorrection($id: ID!) { undoCorrection(id: $id) { people { id } } }
`);
