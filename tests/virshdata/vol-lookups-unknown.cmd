'vol-path nosuch --pool default-pool; vol-pool nosuch; vol-key nosuch; vol-name nosuch; vol-path nosuch'
