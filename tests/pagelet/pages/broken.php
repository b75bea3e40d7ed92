<?php
echo "lost";
function (
