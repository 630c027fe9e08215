#!/usr/bin/env node
import '../dist/qari.js';
