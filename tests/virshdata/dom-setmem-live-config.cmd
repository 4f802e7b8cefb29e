# a live change of a running persistent domain leaves its next-boot definition
'setmem test 1G --live; dumpxml test --inactive --xpath //currentMemory; dumpxml test --xpath //currentMemory'
