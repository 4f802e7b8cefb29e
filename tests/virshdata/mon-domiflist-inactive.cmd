domiflist test --inactive
