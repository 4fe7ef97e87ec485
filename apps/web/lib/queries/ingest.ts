import { graphql } from "@/lib/graphql";

/** Parses without storing: what whosaid would find in the article. */
export const PreviewMutation = graphql(`
  mutation Preview($input: ArticleInput!) {
    previewArticle(input: $input) {
      title source publishedAt warnings
      existingArticle { id title }
      people { name country category role organization }
      quotes { text kind speakerName speakerLabel }
      topics
    }
  }
`);

/** Parses and stores one article (idempotent on content). */
export const IngestMutation = graphql(`
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      created
      warnings
      article {
        id title
        quotes { id text kind speakerLabel speaker { id name } }
        people { id name role country category }
        topics { topic { id label } }
      }
    }
  }
`);
