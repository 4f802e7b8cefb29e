domstate --reason
