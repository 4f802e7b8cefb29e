allocpages x 10 --cellno 0 --all
