/**
 * Checks on one string value: no NUL character (PostgreSQL text cannot hold one), no lone
 * surrogate (half of a UTF-16 pair: JSON keeps it as an escape PostgreSQL's json refuses, so a
 * source name holding one could never be stored), bounded length.
 */
import { badInput } from "../errors.ts";

/** Throws BAD_USER_INPUT when `value` (named `what` in the message) holds NUL or a lone surrogate, or is over `max`. */
export function checkText(value: string, what: string, max: number): void {
  if (value.length > max) {
    throw badInput(
      `${what} is ${value.length.toLocaleString("en")} characters long; the limit is ${max.toLocaleString("en")}.`,
    );
  }
  if (value.includes("\u0000")) {
    throw badInput(`${what} contains a NUL character (U+0000), which text cannot hold.`);
  }
  if (LONE_SURROGATE.test(value)) {
    throw badInput(
      `${what} contains a lone surrogate (half of a UTF-16 pair), which is no character: send well-formed UTF-8.`,
    );
  }
}

// With the u flag a well-formed pair is one code point outside this range: only halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Throws BAD_USER_INPUT when a list holds more than `max` values. */
export function checkListLength(length: number, what: string, max: number): void {
  if (length > max) {
    throw badInput(`${what} has ${length.toLocaleString("en")} values; the limit is ${max}.`);
  }
}
