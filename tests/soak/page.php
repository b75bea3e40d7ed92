<?php
echo "n=", $_GET['n'], " round=", $_SERVER['HTTP_X_ROUND'], "\n";
