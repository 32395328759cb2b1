return module.exports;
