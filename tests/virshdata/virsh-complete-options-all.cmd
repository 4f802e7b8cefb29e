complete -- echo --shell ''
