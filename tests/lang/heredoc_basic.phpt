--TEST--
heredoc with interpolation, escapes and quotes
--FILE--
<?php
$x = 5; $a = ['k' => 'v'];
echo <<<EOT
x is $x and {$a['k']} and $a[k]
tab:\there "quotes" 'single'
\$escaped
EOT;
echo "\n";
echo <<<"QUOTED"
quoted label $x
QUOTED;
echo "|\n";
--EXPECT--
x is 5 and v and v
tab:	here "quotes" 'single'
$escaped
quoted label 5|
