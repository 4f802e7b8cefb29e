'connect test:///default; uri; connect --name test:///default; uri'
