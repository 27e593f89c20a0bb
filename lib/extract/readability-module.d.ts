/** The file behind `@mozilla/readability`'s class (CommonJS, `module.exports = Readability`); typed in readability-class.ts. */
declare module '@mozilla/readability/Readability.js' {
  const Readability: unknown;
  export default Readability;
}
