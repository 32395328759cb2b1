// A small program for the README's first command.
const greet = (name = "world") => `Hello, ${name}!`;
if (/^\w+$/.test(greet.name)) console.log(greet("essa"), 0x2A, 1_000n);
