'metadata test http://e/ --key ex --edit'
