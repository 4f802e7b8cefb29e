'dumpxml 1 --xpath //name; dumpxml 6695eb01-f6a4-8304-79aa-97f2502e193f --xpath //uuid'
