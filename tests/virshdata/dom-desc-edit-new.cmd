'desc test --edit foo'
