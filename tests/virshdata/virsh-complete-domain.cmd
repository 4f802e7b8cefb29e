# a bare word completes through the completer of the option it fills
complete -- dominfo t
