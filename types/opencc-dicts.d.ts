// opencc-js ships its dictionaries as modules without type declarations: each default-exports
// the dictionary text ("from to|from to|…").
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
