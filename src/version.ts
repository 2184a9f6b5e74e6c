// The compiler version written into every generated file's banner (test/version.test.ts keeps it
// equal to package.json's).
export const VERSION = '0.1.0';
