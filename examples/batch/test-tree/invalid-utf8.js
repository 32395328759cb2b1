const ok = 1;
ÿ
