nodesuspend foo 60
