nodeinfo x
