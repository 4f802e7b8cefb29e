'uri; connect test:///default --readonly; net-destroy default; connect; uri'
