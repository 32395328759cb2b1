if (true) return;
