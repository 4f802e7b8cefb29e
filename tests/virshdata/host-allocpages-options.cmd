allocpages --pagesize 2M --pagecount 10 --cellno 1 --add
