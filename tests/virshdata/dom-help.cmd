'help dumpxml; help define; help undefine; help create; help start; help destroy'
