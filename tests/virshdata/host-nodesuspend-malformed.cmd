nodesuspend mem abc
