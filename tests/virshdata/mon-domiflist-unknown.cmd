domiflist nosuch --inactive
