// The error every host throws for a bad run-time argument (a tensor, a size, a table). Its own
// module so that the runtime and the position builders can both use it without importing each other.

export class RopeArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RopeArgumentError';
  }
}
