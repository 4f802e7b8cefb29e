shutdown test --mode ''
