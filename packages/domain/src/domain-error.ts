/**
 * A rule of the domain was broken by the input. `code` is a stable machine name (the API maps it to a
 * translated message), `message` is for logs and developers.
 */
export class DomainError<Code extends string = string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}
