save test
