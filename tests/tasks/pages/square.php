<?php
// ?i=N: prints N*N (the stress test's page)
$i = (int)$_GET['i'];
echo $i * $i;
