const s = "\u2028 日本語 😀\0";
