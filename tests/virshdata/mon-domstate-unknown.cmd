domstate nosuch --reason
