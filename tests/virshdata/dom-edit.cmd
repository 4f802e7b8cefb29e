edit test
