nodesuspend mem 60
