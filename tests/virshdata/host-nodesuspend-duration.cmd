nodesuspend disk -5
