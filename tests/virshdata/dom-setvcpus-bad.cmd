'setvcpus test 0; setvcpus test 0 --config; setvcpus test -1; setvcpus test abc; setvcpus test 4294967296; setvcpus test 1000; setvcpus nosuch abc; setvcpus test'
