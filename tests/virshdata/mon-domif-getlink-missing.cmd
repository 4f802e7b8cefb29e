domif-getlink test
