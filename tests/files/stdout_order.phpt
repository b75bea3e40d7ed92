--TEST--
echo, STDOUT and php://stdout keep their order; readfile(php://stdin)
--STDIN--
from stdin
--FILE--
<?php
echo "a"; fwrite(STDOUT, "b"); echo "c\n";
print "1"; fputs(STDOUT, "2"); printf("%d\n", 3);
ob_start();
echo "buffered ";
fwrite(STDOUT, "unbuffered ");
ob_end_flush();
echo "\n";
$out = fopen('php://stdout', 'w');
echo "x"; fwrite($out, "y"); echo "z\n";
fprintf(STDOUT, "%s-%s\n", "fmt", "ok");
var_dump(fwrite(STDERR, ""), fflush(STDOUT));
file_put_contents('php://stdout', "via put\n");
readfile('php://stdin');
echo "end\n";
--EXPECT--
abc
123
unbuffered buffered 
xyz
fmt-ok
int(0)
bool(true)
via put
from stdin
end
