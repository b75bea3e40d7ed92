<?php
$in = file_get_contents('php://input');
$hx = 0;
foreach ($_SERVER as $k => $v) if (str_starts_with($k, 'HTTP_X_')) $hx++;
echo strlen($in), " ", md5($in), " uri=", strlen($_SERVER['REQUEST_URI']), " get=", count($_GET), " post=", count($_POST),
     " xheaders=$hx big=", strlen($_SERVER['HTTP_X_BIG'] ?? ''), "\n";
