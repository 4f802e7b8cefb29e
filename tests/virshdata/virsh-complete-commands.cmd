complete -- ec
