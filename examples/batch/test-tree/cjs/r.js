if (require.main === module) return;
