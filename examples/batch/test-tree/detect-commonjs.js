if (!module.parent) return;
exports.answer = 42;
