/** The file behind `@mozilla/readability`'s class (CommonJS, `module.exports = Readability`); typed in readability-run.ts. */
declare module '@mozilla/readability/Readability.js' {
  const Readability: unknown;
  export default Readability;
}
