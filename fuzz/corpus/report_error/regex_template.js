a = b / c / d; x = /re[/]/g.test(`t${ {a:1}.a }u`);
