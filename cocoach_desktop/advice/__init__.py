"""The advice check: is a line advice, a closed question or an open one?"""
